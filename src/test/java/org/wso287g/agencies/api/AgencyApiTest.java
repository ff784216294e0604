package org.wso287g.agencies.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** GET /api/agencies and /api/agencies/{id}: filters, paging, bad parameters and the scope rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:agency-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class AgencyApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void importTheParticipatingList() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new FileSystemResource(Path.of("..", "shared", "data", "ice-287g-lists", "participating-2025-07-19.xlsx")));
    rest.withBasicAuth("hq.analyst", "demo").exchange("/api/agreement-imports", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void headquartersFilterEveryAgencyByStateModelAndStatusPageByPage() {
    ResponseEntity<Map> page = get("hq.analyst", "/api/agencies?state=tx&model=WSO&size=5");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    long total = ((Number) page.getBody().get("totalElements")).longValue();
    assertThat(total).isEqualTo(jdbc.queryForObject("select count(distinct a.id) from agency a join moa m on m.agency_id = a.id "
        + "where a.state = 'TX' and m.model = 'WSO'", Long.class)).isPositive();
    assertThat(content(page)).hasSizeLessThanOrEqualTo(5).allSatisfy(a -> assertThat(a).containsEntry("state", "TX"));
  }

  @Test
  void aFieldOfficeSeesItsAgenciesAndAnAgencyOnlyItself() {
    assertThat(content(get("nol.director", "/api/agencies?size=500")))
        .isNotEmpty().allSatisfy(a -> assertThat(a).containsEntry("fieldOfficeCode", "NOL"));
    List<Map<String, Object>> own = content(get("demo.sheriff", "/api/agencies"));
    assertThat(own).singleElement().satisfies(a -> assertThat(a).containsEntry("ori", "LA0990000"));

    long id = ((Number) own.get(0).get("id")).longValue();
    ResponseEntity<Map> detail = get("demo.sheriff", "/api/agencies/" + id);
    assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(detail.getBody()).containsKeys("agreements", "officers");
    assertThat(get("ps.investigator", "/api/agencies/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    ResponseEntity<Map> refused = get("hq.analyst", "/api/agencies?status=SLEEPING&size=0");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("size", "status");
    assertThat(get("hq.analyst", "/api/agencies/abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<Map> get(String userId, String path) {
    return rest.withBasicAuth(userId, "demo").getForEntity(path, Map.class);
  }

  private static List<Map<String, Object>> content(ResponseEntity<Map> page) {
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) page.getBody().get("content");
  }
}
