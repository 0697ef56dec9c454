// The start page: what the game is, and the ways in — solo against bots, a table for friends, a join code,
// and a class run by a facilitator.
import { RunClassForm } from '../facilitator/RunClassForm.tsx';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { CreateForm } from './CreateForm.tsx';
import { JoinForm } from './JoinForm.tsx';
import { MyGames } from './MyGames.tsx';
import { SoloForm } from './SoloForm.tsx';

export function HomePage() {
  const t = useT();
  return (
    <>
      <SiteHeader home />
      <main className="page home">
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title">{t('home.title')}</h1>
          <p className="lead">
            <Rich k="home.lead" />
          </p>
          <ol className="round-steps" aria-label={t('home.steps')}>
            <li>
              <Rich k="home.step.crisis" />
            </li>
            <li>
              <Rich k="home.step.negotiate" />
            </li>
            <li>
              <Rich k="home.step.orders" />
            </li>
            <li>
              <Rich k="home.step.review" />
            </li>
          </ol>
          <p>{t('home.ending')}</p>
        </section>

        <MyGames />
        <div className="ways">
          <SoloForm />
          <CreateForm />
          <JoinForm />
          <RunClassForm />
        </div>
      </main>
    </>
  );
}
