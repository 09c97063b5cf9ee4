package id.sp4n.portal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTier;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures that compare regions fairly: per 100,000 inhabitants (population from the region reference data), since a
 * big province receives more complaints than a small one without serving worse.
 */
@Service
@Transactional(readOnly = true)
public class RegionalComparison {

    private final StatisticsFigures figures;
    private final RegionDirectory regions;
    private final int minimum;

    RegionalComparison(StatisticsFigures figures, RegionDirectory regions,
                       @Value("${portal.statistics.minimum:10}") int minimum) {
        this.figures = figures;
        this.regions = regions;
        this.minimum = minimum;
    }

    /**
     * For a regional government (a province's or a regency's / city's, not one of its units): the complaints its
     * subtree received per 100,000 inhabitants of its region. Empty for every other agency.
     */
    public Optional<Figure> receivedPerInhabitants(AgencyNode agency, long received) {
        boolean regionalGovernment = (agency.tier() == AgencyTier.PROVINCE || agency.tier() == AgencyTier.REGENCY)
                && agency.regionCode() != null;
        OptionalLong population = regionalGovernment ? regions.population(agency.regionCode()) : OptionalLong.empty();
        return population.isPresent() && population.getAsLong() > 0
                ? Optional.of(new Figure("receivedPer100k", Figure.Kind.PER_100K, received, population.getAsLong(),
                received < minimum))
                : Optional.empty();
    }

    /** Every province, by the place complaints are about: received, per 100,000 inhabitants, and followed up. */
    public List<ProvinceFigures> provinces(StatisticsFigures.Overview overview) {
        Map<String, long[]> counts = overview.byProvince();
        List<ProvinceFigures> result = new ArrayList<>();
        for (Region province : regions.provinces()) {
            long[] count = counts.getOrDefault(province.code(), new long[2]);
            long population = regions.population(province.code()).orElse(0);
            result.add(new ProvinceFigures(province.code(), province.name(), population,
                    new Figure("receivedPer100k", Figure.Kind.PER_100K, count[0], population,
                            count[0] < minimum || population == 0),
                    figures.share("followUpRate", count[1], count[0])));
        }
        return result;
    }

    /**
     * The regencies and cities of a province, by the place complaints are about: how many the scope received about
     * each, and per 100,000 of its inhabitants.
     */
    public List<RegencyFigures> regencies(StatisticsFigures.Overview overview, String provinceCode) {
        Map<String, Long> counts = overview.breakdowns().getOrDefault(StatisticsFigures.Dimension.REGENCY, Map.of());
        List<RegencyFigures> result = new ArrayList<>();
        for (Region regency : regions.children(provinceCode)) {
            long count = counts.getOrDefault(regency.code(), 0L);
            long population = regions.population(regency.code()).orElse(0);
            result.add(new RegencyFigures(regency.code(), regency.name(), population,
                    new Figure("receivedPer100k", Figure.Kind.PER_100K, count, population,
                            count < minimum || population == 0)));
        }
        return result;
    }

    /** One regency's or city's row; {@code perInhabitants.count()} is how many the scope received about it. */
    public record RegencyFigures(String code, String name, long population, Figure perInhabitants) {
    }

    /** One province's row of the comparison; {@code perInhabitants.count()} is how many it received. */
    public record ProvinceFigures(String code, String name, long population, Figure perInhabitants,
                                  Figure followUpRate) {
    }
}
