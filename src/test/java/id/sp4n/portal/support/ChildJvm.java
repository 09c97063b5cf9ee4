package id.sp4n.portal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real second JVM on this test's classpath, for the crash tests: it can be killed with SIGKILL (nothing in it
 * runs afterwards, exactly as after a power cut or the OOM killer) or stopped with SIGTERM. Its output goes to a
 * file the test can wait on.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static ChildJvm start(Class<?> mainClass, List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    /** Any command that ends up as a portal JVM (a start script that execs java), with more environment. */
    public static ChildJvm run(List<String> command, Map<String, String> environment) throws IOException {
        Path output = Files.createTempFile("child-jvm-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start(), output);
    }

    /** Waits for a line of output matching the pattern and answers its first group. */
    public String await(Pattern line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> found = find(line);
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The child JVM ended (exit " + process.exitValue() + ") before printing "
                        + line + ":\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No " + line + " within " + timeout + ":\n" + tail());
    }

    public Optional<String> find(Pattern line) throws IOException {
        Matcher matcher = line.matcher(Files.readString(output, StandardCharsets.UTF_8));
        return matcher.find() ? Optional.of(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group()) : Optional.empty();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL: no shutdown hook, no finally block runs in the child. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops it; answers how long the stop took. */
    public Duration stop(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The child JVM did not stop within " + timeout + ":\n" + tail());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
