import { Navigate, useLocation } from 'react-router';
import { HOME_PATH } from './places';

/** `/` opens the map, keeping the query (e.g. `?lang=en`). */
export function HomeRedirect() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: HOME_PATH, search }} replace />;
}
