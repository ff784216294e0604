package org.wso287g.agencies.api;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Moa;

@Mapper
interface AgencyMapper {

  @Mapping(target = "agreements", ignore = true)
  @Mapping(target = "officers", ignore = true)
  AgencyDto toSummary(Agency agency);

  @Mapping(target = "agreements", source = "agreements")
  @Mapping(target = "officers", source = "officers")
  AgencyDto toDetail(Agency agency, List<AgencyDto.AgreementDto> agreements, List<AgencyDto.OfficerDto> officers);

  AgencyDto.AgreementDto toDto(Moa moa);
}
