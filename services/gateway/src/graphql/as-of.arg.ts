import { Args } from '@nestjs/graphql';

/** The optional `asOf` day of reference-data queries: effective-dated data as it stood then. */
export const AsOfArg = () =>
  Args('asOf', {
    type: () => String,
    nullable: true,
    description: 'A day, YYYY-MM-DD (Vietnam time); today when absent.',
  });
