// Sidebar entry: renders the page the server asked for (body data-page).
import { render } from 'preact';
import { PAGES, type Page } from '../shared/server-api';
import { App } from './App';

const requested = document.body.dataset.page as Page;
const page: Page = PAGES.indexOf(requested) >= 0 ? requested : 'home';
render(<App initial={page} />, document.getElementById('app')!);
