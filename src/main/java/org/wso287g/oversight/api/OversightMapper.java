package org.wso287g.oversight.api;

import org.mapstruct.Mapper;
import org.wso287g.oversight.domain.Oversight;

@Mapper
interface OversightMapper {

  OversightDto toDto(Oversight oversight);

  OversightDto.TotalsDto toDto(Oversight.Totals totals);

  OversightDto.FieldOfficeDto toDto(Oversight.FieldOfficeOversight fieldOffice);

  OversightDto.AgencyDto toDto(Oversight.AgencyOversight agency);

  OversightDto.PendingNoticeDto toDto(Oversight.PendingNotice notice);
}
