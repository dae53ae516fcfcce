package io.apigwsim.internal.table;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.DefinitionSource;
import java.util.List;
import java.util.Locale;

/** Reads a request table file, choosing the format by the file's extension. */
public final class RequestTables {

    private RequestTables() {}

    /**
     * Read a table: a class-path resource, or else a file relative to the working directory.
     *
     * @param resource the resource name, such as {@code requests/pets.yaml} or {@code requests/pets.http}
     * @return its entries in file order
     * @throws ApiDefinitionException naming the file and line of the first mistake
     */
    public static List<TableEntry> load(String resource) {
        String lower = resource.toLowerCase(Locale.ROOT);
        boolean http = lower.endsWith(".http") || lower.endsWith(".rest");
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        if (!http && !yaml) {
            throw new ApiDefinitionException("The request table \"" + resource + "\" has an extension apigw-sim does"
                    + " not read; name a YAML table (.yaml, .yml, .json) or an .http file (.http, .rest)");
        }
        DefinitionSource source = DefinitionSource.resource(resource, "request table");
        return http ? HttpFile.read(source.name(), source.text()) : YamlTable.read(source.name(), source.text());
    }
}
