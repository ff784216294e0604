package org.wso287g.agreements.api;

import org.mapstruct.Mapper;
import org.wso287g.agreements.domain.ImportReport;

@Mapper
interface ImportReportMapper {

  ImportReportDto toDto(ImportReport report);

  ImportReportDto.RowDto toDto(ImportReport.Row row);
}
