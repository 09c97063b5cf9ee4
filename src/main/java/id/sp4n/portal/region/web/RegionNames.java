package id.sp4n.portal.region.web;

import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.stereotype.Component;

/** Region names for any page ({@code ${@regionNames.of(code)}}); an unknown code is shown as it is, null as null. */
@Component("regionNames")
public class RegionNames {

    private final RegionDirectory regions;

    RegionNames(RegionDirectory regions) {
        this.regions = regions;
    }

    public String of(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(code);
    }
}
