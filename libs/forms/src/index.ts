/**
 * Printable forms of the one-stop dossier lifecycle as A5 PDFs: forms 01–06 of Circular
 * 03/2025/TT-VPCP Appendix I (Decree 118/2025/NĐ-CP) and their predecessors in Circular
 * 01/2018/TT-VPCP (Decree 61/2018/NĐ-CP), chosen by the dossier's receipt date. Layouts are
 * approximations of the official templates, not facsimiles.
 */
export * from './apology-extension.form';
export * from './form-data';
export * from './form-kind';
export * from './legal-regime';
export * from './process-control-sheet.form';
export * from './qr-code';
export * from './receipt-slip.form';
export * from './refusal.form';
export * from './render-form';
export * from './stop-notice.form';
export * from './supplement-request.form';
export * from './vietnam-date-format';
