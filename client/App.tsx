// Pages by path: home, join by code, a seat at a table, the projector view, and the class pages
// (a student's class join, the facilitator's console and class debrief, printable role briefs, the
// printable lesson plan and student debrief handout).
import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from './home/HomePage.tsx';
import { JoinPage } from './home/JoinPage.tsx';
import { type MessageKey, useT } from './i18n/i18n.ts';
import { Rich } from './i18n/Rich.tsx';
import { paths, useRoute } from './lib/router.ts';
import { Link } from './ui/Link.tsx';

const TablePage = lazy(() => import('./table/TablePage.tsx'));
const ProjectorPage = lazy(() => import('./projector/ProjectorPage.tsx'));
const ClassJoinPage = lazy(() => import('./class/ClassJoinPage.tsx'));
const ConsolePage = lazy(() => import('./facilitator/ConsolePage.tsx'));
const ClassDebriefPage = lazy(() => import('./facilitator/ClassDebriefPage.tsx'));
const ClassProjectorPage = lazy(() => import('./projector/ClassProjectorPage.tsx'));
const BriefsPage = lazy(() => import('./briefs/BriefsPage.tsx'));
const LessonPlanPage = lazy(() => import('./lessons/LessonPlanPage.tsx'));
const HandoutPage = lazy(() => import('./lessons/HandoutPage.tsx'));

function Loading() {
  const t = useT();
  return (
    <main className="page loading" aria-busy="true">
      <p>{t('common.loadingTable')}</p>
    </main>
  );
}

export function App() {
  const route = useRoute();
  const t = useT();
  const title = t(`title.${route.page}` satisfies MessageKey);
  useEffect(() => {
    document.title = title;
  }, [title]);

  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'play':
      return (
        <Suspense fallback={<Loading />}>
          <TablePage key={route.matchID} matchID={route.matchID} />
        </Suspense>
      );
    case 'watch':
      return (
        <Suspense fallback={<Loading />}>
          <ProjectorPage key={route.matchID} matchID={route.matchID} code={route.code} />
        </Suspense>
      );
    case 'class':
      return (
        <Suspense fallback={<Loading />}>
          <ClassJoinPage key={route.code} code={route.code} />
        </Suspense>
      );
    case 'console':
      return (
        <Suspense fallback={<Loading />}>
          <ConsolePage key={route.code} code={route.code} />
        </Suspense>
      );
    case 'classDebrief':
      return (
        <Suspense fallback={<Loading />}>
          <ClassDebriefPage key={route.code} code={route.code} />
        </Suspense>
      );
    case 'classProjector':
      return (
        <Suspense fallback={<Loading />}>
          <ClassProjectorPage key={route.code} code={route.code} />
        </Suspense>
      );
    case 'briefs':
      return (
        <Suspense fallback={<Loading />}>
          <BriefsPage scenario={route.scenario} />
        </Suspense>
      );
    case 'lessonPlan':
      return (
        <Suspense fallback={<Loading />}>
          <LessonPlanPage />
        </Suspense>
      );
    case 'handout':
      return (
        <Suspense fallback={<Loading />}>
          <HandoutPage />
        </Suspense>
      );
    case 'missing':
      return (
        <main className="page narrow">
          <h1>{t('missing.title')}</h1>
          <p>
            <Rich k="missing.body" params={{ path: route.path }} />{' '}
            <Link to={paths.home()}>{t('missing.home')}</Link>.
          </p>
        </main>
      );
  }
}
