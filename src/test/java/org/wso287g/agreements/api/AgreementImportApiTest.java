package org.wso287g.agreements.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** POST /api/agreement-imports through the running application: good files, bad files, the scope rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:agreement-import-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class AgreementImportApiTest {

  static final Path LISTS = Path.of("..", "shared", "data", "ice-287g-lists");

  @Autowired TestRestTemplate rest;

  @Test
  void headquartersImportsThePublishedListAndASecondImportChangesNothing() {
    ResponseEntity<Map> first = upload("hq.analyst", new FileSystemResource(LISTS.resolve("participating-2025-07-19.xlsx")));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("kind", "PARTICIPATING").containsEntry("rowCount", 905)
        .containsEntry("rejected", 3).containsEntry("skippedEmpty", 73);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) first.getBody().get("rows");
    assertThat(rows).hasSize(905);
    assertThat(rows).filteredOn(row -> "REJECTED".equals(row.get("outcome"))).extracting(row -> row.get("rowNumber"))
        .containsExactlyInAnyOrder(639, 775, 785);

    ResponseEntity<Map> second = upload("hq.analyst", new FileSystemResource(LISTS.resolve("participating-2025-07-19.xlsx")));
    assertThat(second.getBody()).containsEntry("imported", 0).containsEntry("repeated", true);
  }

  @Test
  void aFileThatIsNotASpreadsheetIsRefusedNamingTheField() {
    ResponseEntity<Map> refused = upload("hq.analyst", named(new ByteArrayResource("not a spreadsheet".getBytes()), "list.xlsx"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field")).containsExactly("file");
  }

  @Test
  void anOversizedUploadIsRefusedAsTooLarge() {
    ResponseEntity<Map> refused = upload("hq.analyst", named(new ByteArrayResource(new byte[7 * 1024 * 1024]), "big.xlsx"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
  }

  @Test
  void aRequestWithoutTheFileIsABadRequest() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("other", "x");
    ResponseEntity<Map> refused = rest.withBasicAuth("hq.analyst", "demo").exchange("/api/agreement-imports",
        HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void onlyHeadquartersMayImportAndEveryCallIsAuthenticated() {
    Resource list = new FileSystemResource(LISTS.resolve("pending-2025-07-19.xlsx"));
    assertThat(upload("nol.director", list).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/agreement-imports", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map> upload(String userId, Resource file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", file);
    return rest.withBasicAuth(userId, "demo").exchange("/api/agreement-imports", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  private static Resource named(ByteArrayResource content, String name) {
    return new ByteArrayResource(content.getByteArray()) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
