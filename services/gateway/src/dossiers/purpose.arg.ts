import { Args } from '@nestjs/graphql';

/**
 * Why a staff member or API client reads a dossier's personal data: recorded with the read in
 * the access log (personalDataAccessLog). Optional; citizens' own reads are not logged.
 */
export const PurposeArg = () =>
  Args('purpose', {
    type: () => String,
    nullable: true,
    description:
      'Why you read it (free text, up to 500 characters), recorded in the personal-data access log.',
  });
