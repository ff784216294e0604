package org.wso287g.statistics.api;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.common.RuleViolation;
import org.wso287g.statistics.domain.ProgramStatistics;

/**
 * {@code GET /api/statistics?model=WSO&asOf=2020-09-30} or {@code ?model=WSO&fiscalYear=2020}: the
 * fact sheet's figures from live data. National figures: any authenticated user may read them.
 */
@RestController
@RequestMapping("/api/statistics")
@RequiredArgsConstructor
class StatisticsController {

  private final ProgramStatistics statistics;
  private final StatisticsMapper mapper;

  @GetMapping
  StatisticsDto figures(@RequestParam(defaultValue = "WSO") String model,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Integer fiscalYear) {
    if ((asOf == null) == (fiscalYear == null)) {
      throw new RuleViolation(asOf == null ? "asOf" : "fiscalYear",
          "Give either asOf (a date, e.g. 2020-09-30) or fiscalYear (e.g. 2020), not both and not neither.");
    }
    return mapper.toDto(asOf != null ? statistics.asOf(model, asOf) : statistics.fiscalYear(model, fiscalYear));
  }
}
