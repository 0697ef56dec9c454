// The start page: what the game is, and the ways in — solo against bots, a table for friends, a join code,
// and a class run by a facilitator.
import { RunClassForm } from '../facilitator/RunClassForm.tsx';
import { CreateForm } from './CreateForm.tsx';
import { JoinForm } from './JoinForm.tsx';
import { MyGames } from './MyGames.tsx';
import { SoloForm } from './SoloForm.tsx';

export function HomePage() {
  return (
    <>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Ceasefire</span>
        </div>
      </header>
      <main className="page home">
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title">Can the peace hold?</h1>
          <p className="lead">
            A civil war has just stopped. In <strong>Ceasefire</strong> you play one side of the fragile
            months that follow: the <strong>Government</strong> or the rebel <strong>Movement</strong> who
            must lay down their arms, a <strong>Spoiler</strong> militia that wants the deal to fail, or an
            outside <strong>guarantor</strong> (the UN Mission or a Regional Power) whose promises are only
            worth their credibility.
          </p>
          <ol className="round-steps" aria-label="What happens in a round">
            <li>
              <strong>Crisis</strong> — an event card shakes the country.
            </li>
            <li>
              <strong>Negotiate</strong> — talk, make offers, give public pledges.
            </li>
            <li>
              <strong>Orders</strong> — everyone commits secret orders at the same time.
            </li>
            <li>
              <strong>Review</strong> — see what happened and why.
            </li>
          </ol>
          <p>
            After eight rounds the elections decide who reached their goals — unless Tension boils over first.
            A game takes 30–60 minutes. No sign-up needed.
          </p>
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
