/** The person or organisation the dossier belongs to. */
export interface ApplicantData {
  fullName: string;
  phone: string;
  address?: string;
}

/** The procedure (catalog version) the dossier was received under. */
export interface ProcedureRef {
  /** National procedure code, e.g. `1.001193`. */
  code: string;
  name: string;
}

/** What every form prints about the dossier and its issuer. */
export interface DossierFormData {
  /** `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`, printed as text and QR. */
  dossierCode: string;
  /** Receipt instant: chooses the legal regime (forms, names, legal basis). */
  receivedAt: Date;
  /** Governing authority printed above the unit, e.g. "UBND THÀNH PHỐ HÀ NỘI". */
  tenantName: string;
  /** The issuing unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  receivingUnitName: string;
  applicant: ApplicantData;
  procedure: ProcedureRef;
  /** Place name before the date line, e.g. "Hà Nội". */
  placeName?: string;
}

/** Forms issued after receipt carry their own issue instant (injected, never "now"). */
export interface IssuedFormData extends DossierFormData {
  issuedAt: Date;
}
