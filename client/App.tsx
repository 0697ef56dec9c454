// Pages by path: home, join by code, a seat at a table, the projector view, and the class pages
// (a student's class join, the facilitator's console and class debrief, printable role briefs).
import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from './home/HomePage.tsx';
import { JoinPage } from './home/JoinPage.tsx';
import { paths, useRoute } from './lib/router.ts';
import { Link } from './ui/Link.tsx';

const TablePage = lazy(() => import('./table/TablePage.tsx'));
const ProjectorPage = lazy(() => import('./projector/ProjectorPage.tsx'));
const ClassJoinPage = lazy(() => import('./class/ClassJoinPage.tsx'));
const ConsolePage = lazy(() => import('./facilitator/ConsolePage.tsx'));
const ClassDebriefPage = lazy(() => import('./facilitator/ClassDebriefPage.tsx'));
const ClassProjectorPage = lazy(() => import('./projector/ClassProjectorPage.tsx'));
const BriefsPage = lazy(() => import('./briefs/BriefsPage.tsx'));

function Loading() {
  return (
    <main className="page loading" aria-busy="true">
      <p>Loading the table…</p>
    </main>
  );
}

export function App() {
  const route = useRoute();
  useEffect(() => {
    const titles: Record<string, string> = {
      home: 'Ceasefire',
      join: 'Join a table — Ceasefire',
      play: 'At the table — Ceasefire',
      watch: 'Projector — Ceasefire',
      class: 'Join the class — Ceasefire',
      console: 'Facilitator console — Ceasefire',
      classDebrief: 'Class debrief — Ceasefire',
      classProjector: 'Class projector — Ceasefire',
      briefs: 'Role briefs — Ceasefire',
      missing: 'Not found — Ceasefire',
    };
    document.title = titles[route.page] ?? 'Ceasefire';
  }, [route.page]);

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
    case 'missing':
      return (
        <main className="page narrow">
          <h1>Page not found</h1>
          <p>
            There is nothing at <code>{route.path}</code>. <Link to={paths.home()}>Go to the start page</Link>
            .
          </p>
        </main>
      );
  }
}
