package vn.vtvlstudio.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The one version the user sees (in {@code --version} and Help ▸ About): in an installed package the package's own
 * version, which the launcher passes as {@code jpackage.app-version} (the {@code .deb}/{@code .msi} version, e.g.
 * 0.1.0, made from the POM's 0.1.0-SNAPSHOT without the suffix); otherwise the jar manifest's (the POM version), or
 * "dev" when run from classes.
 */
public final class VersionProvider implements IVersionProvider {

    /** Set by the launchers jpackage makes (and by ours, from the same .cfg). */
    static final String PACKAGE_VERSION_PROPERTY = "jpackage.app-version";

    public static String version() {
        String packaged = System.getProperty(PACKAGE_VERSION_PROPERTY);
        if (packaged != null && !packaged.isBlank()) {
            return packaged.strip();
        }
        String v = VtvlCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"VTVL Studio " + version()};
    }
}
