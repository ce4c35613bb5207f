"""contextlib for pytk, written for pytk from the documented behaviour.

Shipped as Python: every helper is a small class speaking the with-statement protocol, and generator-based
managers rely on the VM's generator send/throw/close, which already follow CPython's rules.
"""

import sys as _sys
from abc import ABC as _ABC, abstractmethod as _abstractmethod
from functools import wraps as _wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing', 'chdir']


class AbstractContextManager(_ABC):
    """An abstract base class for context managers."""

    __slots__ = ()
    __class_getitem__ = classmethod(lambda cls, item: cls)

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager(_ABC):
    """An abstract base class for asynchronous context managers."""

    __slots__ = ()
    __class_getitem__ = classmethod(lambda cls, item: cls)

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorCMBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A decorated function gets a fresh generator per call.
        return self.__class__(self.func, self.args, self.kwds)


def _thrown_result(exc, value, traceback):
    """What __exit__ returns when throwing `value` into the generator ended with `exc`."""
    if isinstance(exc, StopIteration):
        # The generator swallowed the exception (returned): suppress it, unless it was that StopIteration.
        return exc is not value
    if exc is value:
        exc.__traceback__ = traceback
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
        # PEP 479 turned the StopIteration raised through the generator into a RuntimeError.
        value.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as exc:
            r = _thrown_result(exc, value, traceback)
            if r is None:
                raise
            return r
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase, AsyncContextDecorator, AbstractAsyncContextManager):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            r = _thrown_result(exc, value, traceback)
            if r is None:
                raise
            return r
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: a generator function yielding once becomes a context manager factory."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async generator version of @contextmanager."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up resource."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _no_protocol(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {what} protocol")


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature (or a context manager's __exit__)."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, exit_method.__get__(exit, type(exit))))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager; its __exit__ is pushed onto the stack."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _no_protocol(cm, 'context manager') from None
        result = enter(cm)
        self._exit_callbacks.append((True, exit.__get__(cm, cls)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments; it cannot suppress exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


def _fix_context(new_exc, old_exc, frame_exc):
    # The exception raised by a callback gets the pending one as context, without cycles and without
    # reaching below the exception being handled when the stack was closed.
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


def _reraise(exc):
    fixed_ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1] if len(exc_details) > 1 else None
        received = exc is not None
        frame_exc = _sys.exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                details = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                if exc is not None:
                    _fix_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _no_protocol(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._exit_callbacks.append((False, exit.__get__(cm, cls)))
        return result

    def push_async_exit(self, exit):
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, exit_method.__get__(exit, type(exit))))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1] if len(exc_details) > 1 else None
        received = exc is not None
        frame_exc = _sys.exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                details = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
                r = cb(*details) if is_sync else await cb(*details)
                if r:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                if exc is not None:
                    _fix_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed
