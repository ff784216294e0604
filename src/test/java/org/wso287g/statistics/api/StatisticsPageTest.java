package org.wso287g.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** The page at / is served by the application and reads the statistics API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:statistics-page;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class StatisticsPageTest {

  @Autowired TestRestTemplate rest;

  @Test
  void theRootPageShowsTheFiguresAndLinksToTheWebApps() {
    ResponseEntity<String> page = rest.getForEntity("/", String.class);
    // The page's script is a file of its own: the Content-Security-Policy allows no inline script.
    ResponseEntity<String> script = rest.getForEntity("/index.js", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<script src=\"/index.js\"></script>");
    assertThat(page.getBody() + script.getBody()).contains("by the numbers", "/api/statistics?model=", "/camunda/app/tasklist/",
        "/camunda/app/cockpit/", "/oversight.html", "Oversight in the fiscal year", "shareOfAgenciesWithEveryReviewOnTime");
    assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode().is2xxSuccessful()
        || rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode().is3xxRedirection()).isTrue();
  }
}
