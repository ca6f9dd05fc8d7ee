package org.govdx.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OrgRepository extends ListCrudRepository<Org, Long> {

    Optional<Org> findByCode(String code);

    Optional<Org> findByCreditCode(String creditCode);

    List<Org> findByParentId(Long parentId);

    boolean existsByCode(String code);
}
