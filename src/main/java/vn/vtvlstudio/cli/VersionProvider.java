package vn.vtvlstudio.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build), or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = VtvlCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"VTVL Studio " + version()};
    }
}
