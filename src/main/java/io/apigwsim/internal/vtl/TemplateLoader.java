package io.apigwsim.internal.vtl;

import java.io.Reader;
import java.util.Objects;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * The engine's only resource loader. Mapping templates have no resource loader on AWS, so {@code #parse} and
 * {@code #include} find nothing (docs/behavior.md#vtl-engine-rules). Velocity hands every loader its
 * {@link RuntimeServices} when the engine starts; {@link VtlEngine} takes them from here to parse template text
 * itself, which a {@code VelocityEngine} does not offer without a loader.
 */
final class TemplateLoader extends ResourceLoader {

    @Override
    public void init(ExtProperties configuration) {}

    RuntimeServices runtime() {
        return Objects.requireNonNull(rsvc, "the Velocity engine has not been initialised");
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        throw new ResourceNotFoundException(TemplateFailures.noResourceLoader(source));
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
