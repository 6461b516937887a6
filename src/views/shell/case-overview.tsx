import { buildActorGroups } from '../../domain/actors.ts';
import type { Dataset, Source } from '../../domain/dataset.ts';

/** The case's sources, parties, mediators and issues, listed from the dataset. */
export function CaseOverview({ dataset }: { dataset: Dataset }) {
  const parties = buildActorGroups(dataset, 'party');
  const mediators = buildActorGroups(dataset, 'mediator');
  return (
    <div className="case-overview">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ul className="source-list">
          {dataset.sources.map((source) => (
            <li key={source.id}>
              <SourceLine source={source} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Parties</h2>
        <ActorGroupList groups={parties} />
      </section>
      <section aria-labelledby="mediators-heading">
        <h2 id="mediators-heading">Mediators</h2>
        <ActorGroupList groups={mediators} />
      </section>
      <section aria-labelledby="issues-heading">
        <h2 id="issues-heading">Issues</h2>
        <ul className="issue-list">
          {dataset.issues.map((issue) => (
            <li key={issue.id} title={issue.description}>
              {issue.label}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function SourceLine({ source }: { source: Source }) {
  const title = source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.title}
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  return (
    <>
      {title}
      <span className="source-list__meta">
        {source.publisher ? ` — ${source.publisher}, ` : ' — '}
        <time dateTime={source.published}>{source.published}</time>
      </span>
    </>
  );
}

function ActorGroupList({ groups }: { groups: ReturnType<typeof buildActorGroups> }) {
  return (
    <ul className="actor-list">
      {groups.map(({ party, members }) => (
        <li key={party.id}>
          <span className="actor-list__name">{party.name}</span>
          {members.length > 0 && (
            <ul>
              {members.map((m) => (
                <li key={m.id}>
                  {m.name}
                  {m.role && <span className="actor-list__role">, {m.role}</span>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
