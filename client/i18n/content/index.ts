// The content catalogues by language and scenario id (English is the scenario data itself).
import type { Lang } from '../i18n.ts';
import { crowdedPeaceEs } from './crowdedPeace.es.ts';
import { firstStepsEs } from './firstSteps.es.ts';
import { fragileAccordEs } from './fragileAccord.es.ts';
import { mozambiqueEs } from './mozambique.es.ts';

export type ContentCatalogue = Readonly<Record<string, string>>;

export const contentCatalogues: Readonly<Partial<Record<Lang, Readonly<Record<string, ContentCatalogue>>>>> =
  {
    es: {
      fragileAccord: fragileAccordEs,
      firstSteps: firstStepsEs,
      crowdedPeace: crowdedPeaceEs,
      mozambique: mozambiqueEs,
    },
  };
