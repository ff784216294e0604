package org.wso287g.warrant.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IceNotificationRepository extends JpaRepository<IceNotification, Long> {

  List<IceNotification> findByWarrant(Warrant warrant);
}
