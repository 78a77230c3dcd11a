import {
  BoundaryFreeScope as BoundaryFreeScopeValues,
  ProcedureLevel as ProcedureLevelValues,
} from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const ProcedureLevelEnum = registerValuesEnum(
  ProcedureLevelValues,
  'ProcedureLevel',
  'Level of government that decides a procedure.',
);
export const BoundaryFreeScopeEnum = registerValuesEnum(
  BoundaryFreeScopeValues,
  'BoundaryFreeScope',
  'Where a dossier of the procedure may be received: only at the competent unit (NONE), anywhere in the province, anywhere in the nation.',
);
