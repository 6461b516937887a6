import { useEffect, useRef } from 'react';
import { useWorkspace } from './workspace-context.tsx';

/** The workspace's one alert (what went wrong, or why work is not saved) and its status line. */
export function WorkspaceMessages() {
  const message = useWorkspace((s) => s.message);
  const storageNotice = useWorkspace((s) => s.storageNotice);
  const say = useWorkspace((s) => s.say);
  const alert = message?.kind === 'alert' ? message : null;
  const ref = useRef<HTMLDivElement>(null);
  // The control that failed may be far below: bring the message into view where it is read.
  useEffect(() => {
    if (alert) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [alert]);
  return (
    <>
      {(alert || storageNotice) && (
        <div role="alert" className="workspace-alert" ref={ref}>
          {alert && (
            <>
              <p>{alert.text}</p>
              {alert.details && (
                <ul>
                  {alert.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
              <button type="button" onClick={() => say(null)}>
                Dismiss
              </button>
            </>
          )}
          {!alert && storageNotice && <p>{storageNotice}</p>}
        </div>
      )}
      <p role="status" className="workspace-status">
        {message?.kind === 'status' ? message.text : ''}
      </p>
    </>
  );
}
