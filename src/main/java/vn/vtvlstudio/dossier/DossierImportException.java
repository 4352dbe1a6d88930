package vn.vtvlstudio.dossier;

/** A file that cannot be read as a position workbook at all; the message, in Vietnamese, tells the officer why. */
public class DossierImportException extends Exception {

    public DossierImportException(String messageVi) {
        super(messageVi);
    }

    public DossierImportException(String messageVi, Throwable cause) {
        super(messageVi, cause);
    }
}
