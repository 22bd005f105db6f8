package kz.dvp.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import kz.dvp.events.Category;

/** A national programme, e.g. «Жас ағаш»; projects may run under one. */
@Entity
public class Program {

    @Id
    public String code;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public Category category;
}
