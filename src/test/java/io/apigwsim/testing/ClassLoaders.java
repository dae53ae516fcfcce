package io.apigwsim.testing;

/** Class loaders for tests that run apigw-sim without one of its optional or provided dependencies. */
public final class ClassLoaders {

    private ClassLoaders() {}

    /** A class loader that cannot see the classes whose names start with one of the prefixes. */
    public static ClassLoader hiding(ClassLoader parent, String... prefixes) {
        return new ClassLoader(parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                for (String prefix : prefixes) {
                    if (name.startsWith(prefix)) {
                        throw new ClassNotFoundException(name);
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
