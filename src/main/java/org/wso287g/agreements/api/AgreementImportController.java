package org.wso287g.agreements.api;

import java.io.IOException;
import java.io.InputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wso287g.agreements.domain.AgreementImport;
import org.wso287g.api.Caller;
import org.wso287g.common.RuleViolation;
import org.wso287g.identity.ProgramGroups;

/** Upload of ICE's published participating or pending list; answers the row-by-row report. */
@RestController
@RequestMapping("/api/agreement-imports")
@RequiredArgsConstructor
class AgreementImportController {

  private final AgreementImport imports;
  private final ImportReportMapper mapper;
  private final Caller caller;

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ImportReportDto importList(@RequestPart("file") MultipartFile file) throws IOException {
    caller.requireAnyGroup(ProgramGroups.HQ, ProgramGroups.CAMUNDA_ADMIN);
    if (file.isEmpty()) {
      throw new RuleViolation("file", "The upload is empty: send ICE's participating or pending list (.xlsx).");
    }
    try (InputStream in = file.getInputStream()) {
      return mapper.toDto(imports.importList(file.getOriginalFilename(), in, caller.userId()));
    }
  }
}
