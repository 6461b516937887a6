import { useId, useState } from 'react';
import type { Dataset } from '../../domain/dataset.ts';
import { decodeTextFile } from '../../workspace/read-input.ts';
import type { UserCase } from '../../workspace/user-case.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { downloadFile, readFileBytes } from './download-file.ts';
import { useWorkspace } from './workspace-context.tsx';

/** Choosing, starting, importing, exporting and deleting cases. */
export function CaseTools({
  dataset,
  userCase,
}: {
  dataset: Dataset | undefined;
  userCase: UserCase | undefined;
}) {
  const datasets = useDashboard((s) => s.datasets);
  const selectCase = useDashboard((s) => s.selectCase);
  const cases = useWorkspace((s) => s.cases);
  const say = useWorkspace((s) => s.say);
  const importDataset = useWorkspace((s) => s.importDataset);
  const deleteCase = useWorkspace((s) => s.deleteCase);
  const id = useId();

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const { readDatasetFile } = await import('../../workspace/import-dataset.ts');
    const read = readDatasetFile({ name: file.name, bytes: await readFileBytes(file) });
    if (!read.ok)
      return say({
        kind: 'alert',
        text: read.message,
        ...(read.details && { details: read.details }),
      });
    await importDataset(read.value);
  };

  const exportJson = async () => {
    if (!dataset) return;
    const { toDatasetJson } = await import('../../workspace/export-case.ts');
    downloadFile(
      `${dataset.case.id}.dataset.json`,
      new Blob([toDatasetJson(dataset)], { type: 'application/json' }),
    );
  };

  const exportFolder = async () => {
    if (!dataset || !userCase) return;
    const [{ buildCaseFolder }, { buildZip }, { loadSeedFiles }] = await Promise.all([
      import('../../workspace/export-case.ts'),
      import('../../workspace/zip-files.ts'),
      import('../../workspace/seed-files.ts'),
    ]);
    const seed = userCase.basis === 'codebook' ? {} : ((await loadSeedFiles(userCase.id)) ?? {});
    const zip = buildZip(buildCaseFolder(userCase, dataset, seed));
    downloadFile(
      `${dataset.case.id}-case-folder.zip`,
      new Blob([zip], { type: 'application/zip' }),
    );
  };

  return (
    <div className="case-tools">
      <div className="case-tools__row">
        <label htmlFor={`${id}-case`}>Case</label>
        <select
          id={`${id}-case`}
          value={dataset?.case.id ?? ''}
          onChange={(e) => selectCase(e.target.value)}
        >
          {datasets.map((d) => (
            <option key={d.case.id} value={d.case.id}>
              {d.case.title}
              {cases[d.case.id] ? ' (with your work)' : ''}
            </option>
          ))}
        </select>
        {userCase && (
          <button
            type="button"
            onClick={() => {
              const what =
                userCase.basis === 'seed'
                  ? 'your articles and review decisions on this case'
                  : 'this case';
              if (window.confirm(`Delete ${what}? Export it first if you want to keep it.`))
                void deleteCase(userCase.id);
            }}
          >
            Delete my work on this case
          </button>
        )}
      </div>
      <div className="case-tools__row">
        <button type="button" onClick={() => void exportJson()} disabled={!dataset}>
          Export case as Dataset JSON
        </button>
        <button type="button" onClick={() => void exportFolder()} disabled={!userCase}>
          Export case folder (curated.yaml and articles) as zip
        </button>
        <label htmlFor={`${id}-import`}>Import dataset</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            void onImport(file);
          }}
        />
      </div>
      <NewCase userCase={userCase} />
    </div>
  );
}

/** Loads or pastes a codebook: starts a new case, or gives an imported case its codebook. */
function NewCase({ userCase }: { userCase: UserCase | undefined }) {
  const [yaml, setYaml] = useState('');
  const [name, setName] = useState('codebook.yaml');
  const say = useWorkspace((s) => s.say);
  const startCase = useWorkspace((s) => s.startCase);
  const setCodebook = useWorkspace((s) => s.setCodebook);
  const id = useId();
  const read = async () => {
    const { readCodebookText } = await import('../../workspace/import-dataset.ts');
    const result = readCodebookText(name, yaml);
    if (!result.ok) {
      say({
        kind: 'alert',
        text: result.message,
        ...(result.details && { details: result.details }),
      });
      return undefined;
    }
    return result.value;
  };
  return (
    <details className="new-case">
      <summary>Start a new case from a codebook</summary>
      <p className="hint">
        A codebook (codebook.yaml) names the case, its parties, mediators and issues, and the words
        that signal them. The new case starts empty; add its articles above.
      </p>
      <label htmlFor={`${id}-file`}>Codebook file</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".yaml,.yml,text/yaml"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const text = decodeTextFile(file.name, await readFileBytes(file));
          if (!text.ok) return say({ kind: 'alert', text: text.message });
          setName(file.name);
          setYaml(text.value);
        }}
      />
      <label htmlFor={`${id}-yaml`}>Codebook YAML</label>
      <textarea
        id={`${id}-yaml`}
        rows={6}
        value={yaml}
        spellCheck={false}
        onChange={(e) => setYaml(e.target.value)}
      />
      <div className="case-tools__row">
        <button
          type="button"
          onClick={async () => {
            const codebook = await read();
            if (codebook && (await startCase(codebook))) setYaml('');
          }}
        >
          Start new case
        </button>
        {userCase?.basis === 'import' && (
          <button
            type="button"
            onClick={async () => {
              const codebook = await read();
              if (codebook && (await setCodebook(userCase.id, codebook)))
                say({
                  kind: 'status',
                  text: 'Articles added to this case are now read with this codebook.',
                });
            }}
          >
            Use this codebook for the shown case
          </button>
        )}
      </div>
    </details>
  );
}
