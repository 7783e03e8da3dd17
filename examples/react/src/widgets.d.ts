import type {} from 'embrace-widgets/jsx';
