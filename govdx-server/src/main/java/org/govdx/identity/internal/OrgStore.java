package org.govdx.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgTreeRow;
import org.springframework.stereotype.Component;

/** Persistence of the org tree behind {@link org.govdx.identity.Orgs}. */
@Component
public class OrgStore {

    private final OrgRepository repository;

    OrgStore(OrgRepository repository) {
        this.repository = repository;
    }

    public OrgInfo insert(OrgInfo info) {
        Org org = new Org();
        copy(info, org);
        org.createdAt = info.createdAt();
        return repository.save(org).toInfo();
    }

    public OrgInfo update(OrgInfo info) {
        Org org = repository.findById(info.id()).orElseThrow();
        copy(info, org);
        return repository.save(org).toInfo();
    }

    public Optional<OrgInfo> find(long id) {
        return repository.findById(id).map(Org::toInfo);
    }

    public Optional<OrgInfo> findByCode(String code) {
        return repository.findByCode(code).map(Org::toInfo);
    }

    public List<OrgInfo> all() {
        return repository.findAll().stream().map(Org::toInfo).toList();
    }

    public List<OrgInfo> children(long id) {
        return repository.findByParentId(id).stream().map(Org::toInfo).toList();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return repository.findByCode(code).filter(o -> !o.id.equals(exceptId)).isPresent();
    }

    public boolean creditCodeTaken(String creditCode, Long exceptId) {
        return repository.findByCreditCode(creditCode).filter(o -> !o.id.equals(exceptId)).isPresent();
    }

    public Set<Long> subtree(long id) {
        return new OrgTree(all()).subtree(id);
    }

    public boolean hasEnabledChildren(long id) {
        return children(id).stream().anyMatch(OrgInfo::enabled);
    }

    public List<OrgTreeRow> tree() {
        return new OrgTree(all()).depthFirst().stream().map(e -> new OrgTreeRow(e.getKey(), e.getValue())).toList();
    }

    public long count() {
        return repository.count();
    }

    private static void copy(OrgInfo info, Org org) {
        org.name = info.name();
        org.code = info.code();
        org.type = info.type();
        org.creditCode = info.creditCode();
        org.parentId = info.parentId();
        org.enabled = info.enabled();
        org.updatedAt = info.updatedAt();
    }
}
