package id.sp4n.portal.region.web;

import java.util.List;

import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the region tree, one level at a time. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionDirectory regions;

    RegionApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping
    List<Region> regions(@RequestParam(required = false) String parent) {
        return parent == null || parent.isBlank() ? regions.provinces() : regions.children(parent.trim());
    }
}
