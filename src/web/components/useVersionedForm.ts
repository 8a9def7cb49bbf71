import { useEffect, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { useErrorMessage } from './ErrorState';
import { applyServerErrors } from './formErrors';
import { changedFields } from './formUtils';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The edit cycle every record form shares: the record as read is the base whose `version`
 * the PATCH sends; a stale write (409) shows the conflict notice with a reload; server field
 * errors go onto their fields and the rest into the form's error list; only changed fields
 * are sent.
 */
export function useVersionedForm<R extends Versioned, V extends object>(options: {
  form: FormInstance<V>;
  record: UseQueryResult<R>;
  toFormValues: (record: R) => V;
  fields: readonly string[];
  /** Where a saved record opens, e.g. (id) => `/entities/${id}`. */
  pathOf: (id: string) => string;
}) {
  const { form, record, toFormValues, fields, pathOf } = options;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const [base, setBase] = useState<R | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  // The version we read is the one the PATCH sends.
  useEffect(() => {
    if (record.data && !base) {
      setBase(record.data);
      form.setFieldsValue(toFormValues(record.data) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
    }
  }, [record.data, base, form, toFormValues]);

  const reload = async () => {
    const r = await record.refetch();
    if (r.data) {
      setBase(r.data);
      form.resetFields();
      form.setFieldsValue(toFormValues(r.data) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
      setConflict(null);
      setGeneralErrors([]);
      message.info(t('conflict.reloaded'));
    }
  };

  /** Shows a failed save: conflict notice, errors on their fields, or a general message. */
  const onError = (e: unknown) => {
    if (e instanceof ApiError) {
      if (e.isStale) {
        setConflict(e.detail || null);
        return;
      }
      if (e.errors.length) {
        const rest = applyServerErrors(form, e.errors, fields);
        setGeneralErrors(rest.map((r) => (r.path ? `${r.path}: ${r.message}` : r.message)));
        if (!rest.length) message.error(t('form.fixErrors'));
        return;
      }
    }
    setGeneralErrors([errMsg(e)]);
  };

  /** Clears the notices before a new attempt. */
  const startSubmit = () => {
    setGeneralErrors([]);
    setConflict(null);
  };

  /** Sends the fields that differ from the base with its version; opens the record when saved. */
  const saveChanges = <P>(
    input: Record<string, unknown>,
    update: UseMutationResult<R, Error, P & { version: number }>,
    onFailure: (e: unknown) => void = onError,
  ) => {
    if (!base) return;
    const changes = changedFields(input, base as unknown as Record<string, unknown>);
    if (Object.keys(changes).length === 0) {
      message.info(t('form.noChanges'));
      navigate(pathOf(base.id));
      return;
    }
    update.mutate({ ...(changes as P), version: base.version } as P & { version: number }, {
      onSuccess: (saved) => {
        setBase(saved);
        message.success(t('form.saved'));
        navigate(pathOf(saved.id));
      },
      onError: onFailure,
    });
  };

  return { base, conflict, generalErrors, reload, onError, startSubmit, saveChanges };
}
