package org.wso287g.fieldoffice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An ERO field office (reference data, seeded by Flyway): code, name, area of responsibility. */
@Entity
@Table(name = "field_office")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FieldOffice {

  @Id private String code;
  private String name;
  private String states;

  public boolean serves(String state) {
    return Arrays.asList(states.split(",")).contains(state);
  }

  /** The lower-case code used in group ids ({@code fo-nol-director}). */
  public String groupCode() {
    return code.toLowerCase();
  }
}
