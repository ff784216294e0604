package org.wso287g.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** The page /oversight.html is served by the application, reads the oversight API and shows every figure of it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-page;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OversightPageTest {

  @Autowired TestRestTemplate rest;

  @Test
  void thePageReadsTheOversightApiInTablesWithHeadersAndIsLinkedFromTheStatistics() {
    ResponseEntity<String> page = rest.getForEntity("/oversight.html", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<script src=\"/oversight.js\"></script>");
    assertThat(page()).contains("<html lang=\"en\">", "/api/oversight", "fieldOffice", "<caption>",
        "scope: 'col'", "role=\"status\"", "<label>Field office", "pendingNotices", "effectiveAt", "href=\"/\"");
    assertThat(rest.getForEntity("/", String.class).getBody()).contains("href=\"/oversight.html\"");
  }

  @Test
  void thePageShowsEveryFigureOfTheTotals() {
    String page = page();
    Matcher figures = Pattern.compile("const FIGURES = \\[(.*?)\\];", Pattern.DOTALL).matcher(page);
    assertThat(figures.find()).isTrue();

    String[] shown = Pattern.compile("\\['(\\w+)'").matcher(figures.group(1)).results().map(m -> m.group(1))
        .toArray(String[]::new);
    assertThat(shown).containsExactly(Arrays.stream(OversightDto.TotalsDto.class.getRecordComponents())
        .map(component -> component.getName()).toArray(String[]::new));
  }

  /** The page with its script, a file of its own: the Content-Security-Policy allows no inline script. */
  private String page() {
    ResponseEntity<String> script = rest.getForEntity("/oversight.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    return rest.getForEntity("/oversight.html", String.class).getBody() + script.getBody();
  }
}
