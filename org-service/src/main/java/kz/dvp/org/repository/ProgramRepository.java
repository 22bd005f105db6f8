package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.org.domain.Program;

@ApplicationScoped
@WithSession
public class ProgramRepository implements PanacheRepositoryBase<Program, String> {
}
