package id.sp4n.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}) driven by
 * Playwright, with an axe-core check for WCAG 2.1 A/AA. Playwright's own browser download is not used.
 */
public final class PortalBrowser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    public PortalBrowser() {
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(executable))) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + " (apt-get install chromium, or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    /** A separate browser context with scripts switched off, to check that forms work without them. */
    public com.microsoft.playwright.BrowserContext newContextWithoutJavaScript(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setJavaScriptEnabled(false));
    }

    /** Fails with the list of rules broken when axe finds any WCAG 2.1 A/AA violation on the page. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page.url(), violations).isEmpty();
    }

    /** Signs in through the sign-in page of the portal at {@code base}. */
    public static void signIn(Page page, String base, String email, String password) {
        page.navigate(base + "/masuk");
        page.getByLabel("Alamat e-mail").fill(email);
        page.getByLabel("Kata sandi").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
    }

    /** The form field with exactly this label. */
    public static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Clicks the button with this accessible name. */
    public static void press(Page page, String button) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    /** On a narrow screen the header's links sit behind the menu button: open it (nothing to do on a wide one). */
    public static void openMenu(Page page) {
        com.microsoft.playwright.Locator toggle = page.locator("[data-menu-toggle]");
        if (toggle.isVisible() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
    }

    /** The page fits the viewport: nothing forces a horizontal scroll bar. */
    public static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scroll on %s", page.url()).isEqualTo(false);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
