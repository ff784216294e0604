package org.wso287g.onboarding.api;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.process.ParticipationProcess;

@Mapper
interface ApplicationMapper {

  @Mapping(target = "steps", source = "steps")
  @Mapping(target = "openTasks", source = "openTasks")
  ApplicationDto toDto(Application application, List<ParticipationProcess.StepDone> steps,
      List<ParticipationProcess.OpenTask> openTasks);

  ApplicationDto.AgencyRef toRef(Agency agency);

  ApplicationDto.Step toDto(ParticipationProcess.StepDone step);

  ApplicationDto.OpenTask toDto(ParticipationProcess.OpenTask task);
}
