import { Link } from 'react-router';
import { useCatalogue } from '@/hooks/use-content';
import { paths } from '@/lib/paths';

/** Every dilemma, by module, each a link to facilitation mode. */
export function DilemmaList() {
  const { modules } = useCatalogue();
  return (
    <div className="dilemma-list">
      {modules
        .filter((m) => m.scenarios.length > 0)
        .map((m) => (
          <div key={m.id}>
            <h3>{m.title}</h3>
            <ul className="step-list">
              {m.scenarios.map((s) => (
                <li key={s.id}>
                  <Link to={paths.facilitate(m.id, s.id)}>{s.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
