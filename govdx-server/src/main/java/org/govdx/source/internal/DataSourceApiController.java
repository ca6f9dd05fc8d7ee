package org.govdx.source.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.source.ConnectionCheck;
import org.govdx.source.DataSourceInfo;
import org.govdx.source.DataSourceRequest;
import org.govdx.source.DataSources;
import org.govdx.source.SourceColumn;
import org.govdx.source.SourceFileInfo;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A department's catalog admins manage its data sources; nobody else sees them. */
@Tag(name = "datasources", description = "Data sources (JDBC, HTTP API, files) of the caller's org")
@RestController
@RequestMapping("/api/v1/datasources")
@PreAuthorize(DataSourceApiController.CATALOG_ADMIN)
class DataSourceApiController {

    static final String CATALOG_ADMIN = "hasRole('ORG_CATALOG_ADMIN')";

    private final DataSources dataSources;

    DataSourceApiController(DataSources dataSources) {
        this.dataSources = dataSources;
    }

    @Operation(summary = "Data sources of the caller's org")
    @GetMapping
    PageResponse<DataSourceInfo> list(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size,
                                      @AuthenticationPrincipal CurrentUser me) {
        return dataSources.list(me, new PageRequest(page, size));
    }

    @Operation(summary = "Register a data source; credentials are stored SM4-GCM encrypted and never returned")
    @Audited("DATA_SOURCE_REGISTER")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DataSourceInfo register(@RequestBody DataSourceRequest request, @AuthenticationPrincipal CurrentUser me) {
        return dataSources.register(me, request);
    }

    @Operation(summary = "One data source")
    @GetMapping("/{id}")
    DataSourceInfo get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return dataSources.get(me, id);
    }

    @Operation(summary = "Change a data source; null fields keep their value, empty password/headers remove them")
    @Audited("DATA_SOURCE_UPDATE")
    @PutMapping("/{id}")
    DataSourceInfo update(@PathVariable long id, @RequestBody DataSourceRequest request,
                          @AuthenticationPrincipal CurrentUser me) {
        return dataSources.update(me, id, request);
    }

    @Operation(summary = "Test the connection; a failure names its reason")
    @Audited("DATA_SOURCE_TEST")
    @PostMapping("/{id}/test")
    ConnectionCheck test(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return dataSources.test(me, id, locale);
    }

    @Operation(summary = "Upload a CSV or XLSX file (multipart field \"file\") to a FILE source")
    @Audited("DATA_SOURCE_UPLOAD")
    @PostMapping("/{id}/files")
    @ResponseStatus(HttpStatus.CREATED)
    SourceFileInfo upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                          @AuthenticationPrincipal CurrentUser me) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            dataSources.get(me, id);
            throw GovdxException.invalid("file", "REQUIRED");
        }
        try (java.io.InputStream in = file.getInputStream()) {
            return dataSources.upload(me, id, file.getOriginalFilename(), in);
        }
    }

    @Operation(summary = "Files uploaded to a FILE source")
    @GetMapping("/{id}/files")
    List<SourceFileInfo> files(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return dataSources.files(me, id);
    }

    @Operation(summary = "Tables and views of a JDBC source")
    @GetMapping("/{id}/tables")
    List<String> tables(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return dataSources.tables(me, id);
    }

    @Operation(summary = "Columns of one table of a JDBC source")
    @GetMapping("/{id}/columns")
    List<SourceColumn> columns(@PathVariable long id, @RequestParam(required = false) String table,
                               @AuthenticationPrincipal CurrentUser me) {
        if (table == null || table.isBlank()) {
            // existence of the source is checked first, so another org learns nothing
            dataSources.get(me, id);
            throw GovdxException.invalid("table", "REQUIRED");
        }
        return dataSources.columns(me, id, table);
    }
}
