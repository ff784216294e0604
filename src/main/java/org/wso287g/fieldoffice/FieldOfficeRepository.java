package org.wso287g.fieldoffice;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldOfficeRepository extends JpaRepository<FieldOffice, String> {}
