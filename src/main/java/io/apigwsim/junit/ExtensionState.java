package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/** The one place that reads and writes the extension's Store entries. */
final class ExtensionState {

    private static final Namespace NAMESPACE = Namespace.create(ApiGatewayExtension.class);

    private ExtensionState() {}

    /** The test's gateway, built on first use and closed when the test's context closes. */
    static ApiGateway gateway(ExtensionContext testContext, Supplier<ApiGateway> builder) {
        return testContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(StoredGateway.class, key -> new StoredGateway(builder.get()), StoredGateway.class)
                .gateway;
    }

    // AutoCloseable for JUnit 5.13 and later; CloseableResource for the versions before it.
    @SuppressWarnings("deprecation")
    private static final class StoredGateway implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        private final ApiGateway gateway;

        StoredGateway(ApiGateway gateway) {
            this.gateway = gateway;
        }

        @Override
        public void close() {
            gateway.close();
        }
    }
}
