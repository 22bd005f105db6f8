package kz.dvp.org.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.org.domain.Program;
import kz.dvp.org.repository.ProgramRepository;
import kz.dvp.org.rest.dto.ProgramView;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.util.List;

/** National programmes: seeded with the three of today, extended by national admins. */
@ApplicationScoped
public class Programs {

    private final ProgramRepository programs;

    public Programs(ProgramRepository programs) {
        this.programs = programs;
    }

    public Uni<List<Program>> all() {
        return programs.listAll(Sort.by("code"));
    }

    public Uni<Program> add(ProgramView request, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN);
        return Panache.withTransaction(() -> programs.findById(request.code()).chain(existing -> {
            if (existing != null) {
                throw new ProblemException(Status.CONFLICT, "program-exists", "A programme with this code exists");
            }
            Program p = new Program();
            p.code = request.code();
            p.nameKk = request.nameKk();
            p.nameRu = request.nameRu();
            p.nameEn = request.nameEn();
            p.category = request.category();
            return programs.persist(p);
        }));
    }
}
