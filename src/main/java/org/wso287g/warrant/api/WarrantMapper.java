package org.wso287g.warrant.api;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.wso287g.warrant.domain.Warrant;

@Mapper
interface WarrantMapper {

  @Mapping(target = "agencyOri", source = "agency.ori")
  @Mapping(target = "agencyName", source = "agency.name")
  WarrantDto toDto(Warrant warrant);
}
