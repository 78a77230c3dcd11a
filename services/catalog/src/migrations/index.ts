import { Initial1795305699457 } from './1795305699457-initial';
import { ProcedureVersions1795308488822 } from './1795308488822-procedure-versions';
import { FastTracks1795308842097 } from './1795308842097-fast-tracks';
import { UnitsNetwork1795309430198 } from './1795309430198-units-network';
import { InterAgencySteps1795318567132 } from './1795318567132-inter-agency-steps';
import { JurisdictionBasis1795321925044 } from './1795321925044-jurisdiction-basis';
import { RequiredAssuranceLevel1795325475448 } from './1795325475448-required-assurance-level';

export const CATALOG_MIGRATIONS: Function[] = [
  Initial1795305699457,
  ProcedureVersions1795308488822,
  FastTracks1795308842097,
  UnitsNetwork1795309430198,
  InterAgencySteps1795318567132,
  JurisdictionBasis1795321925044,
  RequiredAssuranceLevel1795325475448,
];
