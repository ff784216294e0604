package org.wso287g.statistics.api;

import org.mapstruct.Mapper;
import org.wso287g.statistics.domain.Figures;

@Mapper
interface StatisticsMapper {

  StatisticsDto toDto(Figures figures);

  StatisticsDto.StateDto toDto(Figures.StateFigures state);

  StatisticsDto.OversightDto toDto(Figures.OversightFigures oversight);
}
